/** @module Interface zhengzhou:quality-benchmark/attachments@0.2.0 **/
export function lookup(id: string): StoredAttachment | undefined;
export type AttachmentRef = import('./zhengzhou-quality-benchmark-types.js').AttachmentRef;
export interface StoredAttachment {
  file: AttachmentRef,
  uploadedBy: string,
  caseId?: string,
  linked: boolean,
}
