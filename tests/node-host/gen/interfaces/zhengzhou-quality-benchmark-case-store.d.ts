/** @module Interface zhengzhou:quality-benchmark/case-store@0.2.0 **/
export function get(caseId: string): StoredCase | undefined;
export function query(filter: CaseFilter, limit: number | undefined): Array<CaseSummary>;
export function count(filter: CaseFilter): number;
export function history(caseId: string): Array<RecordedEntry>;
export function openTasks(caseId: string): Array<OpenTask>;
export type Task = import('./zhengzhou-quality-benchmark-types.js').Task;
export interface OpenTask {
  task: Task,
  assigneeName: string,
  openedAt: string,
}
export type StoredCase = import('./zhengzhou-quality-benchmark-types.js').StoredCase;
export type CaseKind = import('./zhengzhou-quality-benchmark-types.js').CaseKind;
export type Stage = import('./zhengzhou-quality-benchmark-types.js').Stage;
export interface CaseFilter {
  kind: CaseKind,
  year: number,
  stages: Array<Stage>,
  district?: string,
}
export type CaseSummary = import('./zhengzhou-quality-benchmark-types.js').CaseSummary;
export type HistoryEntry = import('./zhengzhou-quality-benchmark-types.js').HistoryEntry;
export type Actor = import('./zhengzhou-quality-benchmark-types.js').Actor;
export interface RecordedEntry {
  seq: bigint,
  entry: HistoryEntry,
  actor: Actor,
  at: string,
}
