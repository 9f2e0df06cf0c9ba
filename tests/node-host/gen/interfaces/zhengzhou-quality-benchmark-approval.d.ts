/** @module Interface zhengzhou:quality-benchmark/approval@0.2.0 **/
export function catalog(): ProcessCatalog;
export function startActions(actor: Actor): Array<ActionDef>;
export function actions(actor: Actor, caseId: string): Array<ActionDef>;
export function act(actor: Actor, request: Request): Outcome;
export function view(actor: Actor, caseId: string): CaseView;
export function onTimer(caseId: string, key: string): Outcome;
export type Actor = import('./zhengzhou-quality-benchmark-types.js').Actor;
export type Action = import('./zhengzhou-quality-benchmark-types.js').Action;
export type CaseKind = import('./zhengzhou-quality-benchmark-types.js').CaseKind;
export type CaseSummary = import('./zhengzhou-quality-benchmark-types.js').CaseSummary;
export type Field = import('./zhengzhou-quality-benchmark-types.js').Field;
export type Refusal = import('./zhengzhou-quality-benchmark-types.js').Refusal;
export type RefusalKind = import('./zhengzhou-quality-benchmark-types.js').RefusalKind;
export type Role = import('./zhengzhou-quality-benchmark-types.js').Role;
export type Stage = import('./zhengzhou-quality-benchmark-types.js').Stage;
export type AttachmentRef = import('./zhengzhou-quality-benchmark-types.js').AttachmentRef;
export type Task = import('./zhengzhou-quality-benchmark-types.js').Task;
export type TaskRef = import('./zhengzhou-quality-benchmark-types.js').TaskRef;
export type HistoryEntry = import('./zhengzhou-quality-benchmark-types.js').HistoryEntry;
export type FilledForm = import('./zhengzhou-quality-benchmark-forms.js').FilledForm;
/**
 * # Variants
 * 
 * ## `"no-opinion"`
 * 
 * ## `"optional"`
 * 
 * ## `"required"`
 */
export type OpinionRule = 'no-opinion' | 'optional' | 'required';
/**
 * # Variants
 * 
 * ## `"primary"`
 * 
 * ## `"normal"`
 * 
 * ## `"danger"`
 */
export type ActionTone = 'primary' | 'normal' | 'danger';
export interface ActionDef {
  action: Action,
  label: string,
  form?: string,
  opinion: OpinionRule,
  tone: ActionTone,
}
export interface Request {
  caseId?: string,
  action: Action,
  values: Array<Field>,
  opinion?: string,
  expectedVersion?: bigint,
}
/**
 * # Variants
 * 
 * ## `"call"`
 * 
 * ## `"publicity"`
 * 
 * ## `"objection-result"`
 * 
 * ## `"recognition"`
 * 
 * ## `"catalogue"`
 * 
 * ## `"provincial-recommendation"`
 * 
 * ## `"revocation"`
 */
export type RecordKind = 'call' | 'publicity' | 'objection-result' | 'recognition' | 'catalogue' | 'provincial-recommendation' | 'revocation';
export interface PublicRecord {
  id: string,
  kind: RecordKind,
  year: number,
  title: string,
  body: string,
  caseId?: string,
}
export interface CaseWrite {
  summary: CaseSummary,
  state: Uint8Array,
  expectedVersion: bigint,
}
export interface Timer {
  caseId: string,
  key: string,
  at: string,
}
export interface AttachmentLink {
  attachmentId: string,
  caseId: string,
}
export interface Outcome {
  writes: Array<CaseWrite>,
  openTasks: Array<Task>,
  closeTasks: Array<TaskRef>,
  history: Array<HistoryEntry>,
  publicRecords: Array<PublicRecord>,
  withdrawRecords: Array<string>,
  timers: Array<Timer>,
  attachments: Array<AttachmentLink>,
}
export interface ViewItem {
  label: string,
  value: string,
}
export interface ViewSection {
  title: string,
  items: Array<ViewItem>,
}
export interface HistoryLine {
  at: string,
  who: string,
  label: string,
  opinion?: string,
  detail?: string,
}
export interface TaskLine {
  title: string,
  who: string,
  due?: string,
}
export interface CaseView {
  summary: CaseSummary,
  version: bigint,
  sections: Array<ViewSection>,
  forms: Array<FilledForm>,
  attachments: Array<AttachmentRef>,
  history: Array<HistoryLine>,
  tasks: Array<TaskLine>,
}
export interface StageInfo {
  stage: Stage,
  code: string,
  label: string,
  article: string,
  terminal: boolean,
}
/**
 * # Variants
 * 
 * ## `"role"`
 * 
 * ## `"own-application"`
 * 
 * ## `"own-district"`
 * 
 * ## `"assigned-expert"`
 */
export type ActionScope = 'role' | 'own-application' | 'own-district' | 'assigned-expert';
export interface ActionInfo {
  action: Action,
  id: string,
  label: string,
  article: string,
  summary: string,
  roles: Array<Role>,
  scope: ActionScope,
  stages: Array<Stage>,
  creates?: CaseKind,
  form?: string,
  opinion: OpinionRule,
  tone: ActionTone,
}
export interface RefusalInfo {
  code: string,
  kind: RefusalKind,
  meaning: string,
}
export interface FieldErrorInfo {
  code: string,
  meaning: string,
}
export interface TimerInfo {
  key: string,
  meaning: string,
  article: string,
}
export interface RecordKindInfo {
  kind: RecordKind,
  code: string,
  label: string,
}
export interface ProcessCatalog {
  contract: string,
  stages: Array<StageInfo>,
  actions: Array<ActionInfo>,
  timers: Array<TimerInfo>,
  refusals: Array<RefusalInfo>,
  fieldErrors: Array<FieldErrorInfo>,
  recordKinds: Array<RecordKindInfo>,
}
