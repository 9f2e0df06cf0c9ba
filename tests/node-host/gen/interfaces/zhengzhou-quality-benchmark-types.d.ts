/** @module Interface zhengzhou:quality-benchmark/types@0.2.0 **/
/**
 * # Variants
 * 
 * ## `"enterprise"`
 * 
 * ## `"district-office"`
 * 
 * ## `"city-officer"`
 * 
 * ## `"city-leader"`
 * 
 * ## `"expert"`
 * 
 * ## `"public"`
 * 
 * ## `"administrator"`
 */
export type Role = 'enterprise' | 'district-office' | 'city-officer' | 'city-leader' | 'expert' | 'public' | 'administrator';
export interface GroupRef {
  role: Role,
  orgUnit: string,
}
export type Recipient = RecipientUser | RecipientGroup;
export interface RecipientUser {
  tag: 'user',
  val: string,
}
export interface RecipientGroup {
  tag: 'group',
  val: GroupRef,
}
export interface Task {
  caseId: string,
  key: string,
  title: string,
  assignee: Recipient,
  due?: string,
}
/**
 * # Variants
 * 
 * ## `"open"`
 * 
 * ## `"review"`
 * 
 * ## `"proposed"`
 * 
 * ## `"publicity"`
 * 
 * ## `"publicity-closed"`
 * 
 * ## `"published"`
 */
export type BatchStage = 'open' | 'review' | 'proposed' | 'publicity' | 'publicity-closed' | 'published';
/**
 * # Variants
 * 
 * ## `"draft"`
 * 
 * ## `"district-review"`
 * 
 * ## `"returned"`
 * 
 * ## `"declined"`
 * 
 * ## `"formal-check"`
 * 
 * ## `"accepted"`
 * 
 * ## `"expert-review"`
 * 
 * ## `"scored"`
 * 
 * ## `"defence"`
 * 
 * ## `"proposed"`
 * 
 * ## `"not-selected"`
 * 
 * ## `"removed"`
 * 
 * ## `"recognized"`
 * 
 * ## `"revocation-pending"`
 * 
 * ## `"revoked"`
 */
export type ApplicationStage = 'draft' | 'district-review' | 'returned' | 'declined' | 'formal-check' | 'accepted' | 'expert-review' | 'scored' | 'defence' | 'proposed' | 'not-selected' | 'removed' | 'recognized' | 'revocation-pending' | 'revoked';
export type Stage = StageBatch | StageApplication;
export interface StageBatch {
  tag: 'batch',
  val: BatchStage,
}
export interface StageApplication {
  tag: 'application',
  val: ApplicationStage,
}
export interface CaseSummary {
  id: string,
  year: number,
  stage: Stage,
  district?: string,
  owner?: string,
  title: string,
  score?: number,
}
export interface StoredCase {
  summary: CaseSummary,
  version: bigint,
  state: Uint8Array,
}
/**
 * # Variants
 * 
 * ## `"batch"`
 * 
 * ## `"application"`
 */
export type CaseKind = 'batch' | 'application';
/**
 * # Variants
 * 
 * ## `"open-batch"`
 * 
 * ## `"close-applications"`
 * 
 * ## `"import-provincial"`
 * 
 * ## `"register-materials"`
 * 
 * ## `"draw-panel"`
 * 
 * ## `"propose-list"`
 * 
 * ## `"withdraw-list"`
 * 
 * ## `"approve-list"`
 * 
 * ## `"return-list"`
 * 
 * ## `"close-publicity"`
 * 
 * ## `"publish"`
 * 
 * ## `"recommend-provincial"`
 * 
 * ## `"start-application"`
 * 
 * ## `"edit-form"`
 * 
 * ## `"edit-materials"`
 * 
 * ## `"submit"`
 * 
 * ## `"withdraw"`
 * 
 * ## `"recommend"`
 * 
 * ## `"return-for-revision"`
 * 
 * ## `"decline"`
 * 
 * ## `"delegate"`
 * 
 * ## `"formal-check"`
 * 
 * ## `"remind"`
 * 
 * ## `"declare-conflict"`
 * 
 * ## `"score"`
 * 
 * ## `"require-inspection"`
 * 
 * ## `"record-defence"`
 * 
 * ## `"record-site-visit"`
 * 
 * ## `"object"`
 * 
 * ## `"decide-objection"`
 * 
 * ## `"propose-revocation"`
 * 
 * ## `"approve-revocation"`
 * 
 * ## `"reject-revocation"`
 */
export type Action = 'open-batch' | 'close-applications' | 'import-provincial' | 'register-materials' | 'draw-panel' | 'propose-list' | 'withdraw-list' | 'approve-list' | 'return-list' | 'close-publicity' | 'publish' | 'recommend-provincial' | 'start-application' | 'edit-form' | 'edit-materials' | 'submit' | 'withdraw' | 'recommend' | 'return-for-revision' | 'decline' | 'delegate' | 'formal-check' | 'remind' | 'declare-conflict' | 'score' | 'require-inspection' | 'record-defence' | 'record-site-visit' | 'object' | 'decide-objection' | 'propose-revocation' | 'approve-revocation' | 'reject-revocation';
/**
 * # Variants
 * 
 * ## `"caller"`
 * 
 * ## `"system"`
 */
export type RecordedBy = 'caller' | 'system';
export interface HistoryEntry {
  caseId: string,
  action: Action,
  label: string,
  fromStage?: Stage,
  toStage: Stage,
  opinion?: string,
  detail?: string,
  by: RecordedBy,
}
export interface Actor {
  userId: string,
  name: string,
  role: Role,
  orgUnit: string,
  orgName: string,
}
export interface AttachmentRef {
  id: string,
  name: string,
  mediaType: string,
  size: bigint,
  sha256: string,
}
export interface SealPurpose {
  caseId?: string,
  action: Action,
  field: string,
}
/**
 * # Variants
 * 
 * ## `"org-seal"`
 * 
 * ## `"legal-representative"`
 * 
 * ## `"personal"`
 */
export type SealCapacity = 'org-seal' | 'legal-representative' | 'personal';
export interface SealRef {
  id: string,
  purpose: SealPurpose,
  capacity: SealCapacity,
  holder: string,
  signer: string,
  signedAt: string,
  digest: string,
}
export type Scalar = ScalarText | ScalarNumber;
export interface ScalarText {
  tag: 'text',
  val: string,
}
export interface ScalarNumber {
  tag: 'number',
  val: number,
}
export interface TableRow {
  key: string,
  cells: Array<[string, Scalar]>,
}
export type FieldValue = FieldValueText | FieldValueNumber | FieldValueDate | FieldValueChoice | FieldValueChoices | FieldValueFlag | FieldValueTable | FieldValueAttachments | FieldValueSeal;
export interface FieldValueText {
  tag: 'text',
  val: string,
}
export interface FieldValueNumber {
  tag: 'number',
  val: number,
}
export interface FieldValueDate {
  tag: 'date',
  val: string,
}
export interface FieldValueChoice {
  tag: 'choice',
  val: string,
}
export interface FieldValueChoices {
  tag: 'choices',
  val: Array<string>,
}
export interface FieldValueFlag {
  tag: 'flag',
  val: boolean,
}
export interface FieldValueTable {
  tag: 'table',
  val: Array<TableRow>,
}
export interface FieldValueAttachments {
  tag: 'attachments',
  val: Array<AttachmentRef>,
}
export interface FieldValueSeal {
  tag: 'seal',
  val: SealRef,
}
export interface Field {
  id: string,
  value: FieldValue,
}
export interface FieldError {
  field: string,
  code: string,
  message: string,
}
/**
 * # Variants
 * 
 * ## `"forbidden"`
 * 
 * ## `"not-found"`
 * 
 * ## `"conflict"`
 * 
 * ## `"invalid"`
 * 
 * ## `"wrong-stage"`
 * 
 * ## `"deadline"`
 * 
 * ## `"host-fault"`
 */
export type RefusalKind = 'forbidden' | 'not-found' | 'conflict' | 'invalid' | 'wrong-stage' | 'deadline' | 'host-fault';
export interface Refusal {
  kind: RefusalKind,
  code: string,
  message: string,
  fields: Array<FieldError>,
}
export interface TaskRef {
  caseId: string,
  key: string,
}
