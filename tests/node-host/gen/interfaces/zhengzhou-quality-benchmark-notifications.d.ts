/** @module Interface zhengzhou:quality-benchmark/notifications@0.2.0 **/
export function send(messages: Array<Notification>): void;
export type Recipient = import('./zhengzhou-quality-benchmark-types.js').Recipient;
/**
 * # Variants
 * 
 * ## `"to-do"`
 * 
 * ## `"info"`
 * 
 * ## `"carbon-copy"`
 * 
 * ## `"reminder"`
 */
export type NoticeKind = 'to-do' | 'info' | 'carbon-copy' | 'reminder';
export interface Notification {
  recipient: Recipient,
  kind: NoticeKind,
  subject: string,
  body: string,
  caseId?: string,
}
