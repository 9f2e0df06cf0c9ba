/** @module Interface zhengzhou:quality-benchmark/forms@0.2.0 **/
export function listForms(): Array<[string, string]>;
export function describe(actor: Actor, formId: string, caseId: string | undefined): FilledForm;
export function validate(formId: string, values: Array<Field>, mode: CheckMode, context: FormContext): Array<FieldError>;
export function prepareSeal(actor: Actor, purpose: SealPurpose, values: Array<Field>): SealOrder;
export function permitUpload(actor: Actor, upload: UploadRequest): void;
export type Actor = import('./zhengzhou-quality-benchmark-types.js').Actor;
export type Action = import('./zhengzhou-quality-benchmark-types.js').Action;
export type Field = import('./zhengzhou-quality-benchmark-types.js').Field;
export type FieldError = import('./zhengzhou-quality-benchmark-types.js').FieldError;
export type Refusal = import('./zhengzhou-quality-benchmark-types.js').Refusal;
export type SealCapacity = import('./zhengzhou-quality-benchmark-types.js').SealCapacity;
export type SealPurpose = import('./zhengzhou-quality-benchmark-types.js').SealPurpose;
/**
 * # Variants
 * 
 * ## `"text"`
 * 
 * ## `"multiline"`
 * 
 * ## `"number"`
 * 
 * ## `"date"`
 * 
 * ## `"select"`
 * 
 * ## `"multi-select"`
 * 
 * ## `"checkbox"`
 * 
 * ## `"table"`
 * 
 * ## `"attachments"`
 * 
 * ## `"seal"`
 * 
 * ## `"statement"`
 */
export type FieldKind = 'text' | 'multiline' | 'number' | 'date' | 'select' | 'multi-select' | 'checkbox' | 'table' | 'attachments' | 'seal' | 'statement';
/**
 * # Variants
 * 
 * ## `"credit-code"`
 * 
 * ## `"phone"`
 * 
 * ## `"fax"`
 * 
 * ## `"mobile"`
 * 
 * ## `"phone-or-mobile"`
 * 
 * ## `"email"`
 * 
 * ## `"postcode"`
 * 
 * ## `"id-number"`
 * 
 * ## `"benchmark-title"`
 * 
 * ## `"integer"`
 * 
 * ## `"one-decimal"`
 */
export type TextFormat = 'credit-code' | 'phone' | 'fax' | 'mobile' | 'phone-or-mobile' | 'email' | 'postcode' | 'id-number' | 'benchmark-title' | 'integer' | 'one-decimal';
export interface ChoiceOption {
  value: string,
  label: string,
}
export interface Column {
  id: string,
  label: string,
  unit?: string,
  kind: FieldKind,
  min?: number,
  format?: TextFormat,
}
export interface Condition {
  field: string,
  anyOf: Array<string>,
}
export interface UploadRule {
  maxBytes: bigint,
  maxFiles: number,
  mediaTypes: Array<string>,
}
export interface FieldDef {
  id: string,
  label: string,
  help?: string,
  kind: FieldKind,
  required: boolean,
  readOnly: boolean,
  unit?: string,
  maxChars?: number,
  min?: number,
  max?: number,
  format?: TextFormat,
  seal?: SealCapacity,
  upload?: UploadRule,
  options: Array<ChoiceOption>,
  columns: Array<Column>,
  rows: Array<string>,
  visibleWhen?: Condition,
}
export interface Section {
  id: string,
  title: string,
  help?: string,
  fields: Array<FieldDef>,
}
export interface FormDef {
  id: string,
  revision: number,
  title: string,
  help?: string,
  sections: Array<Section>,
}
export interface FilledForm {
  definition: FormDef,
  values: Array<Field>,
}
/**
 * # Variants
 * 
 * ## `"draft"`
 * 
 * ## `"submit"`
 */
export type CheckMode = 'draft' | 'submit';
export type FormContext = FormContextYear | FormContextCase;
export interface FormContextYear {
  tag: 'year',
  val: number,
}
export interface FormContextCase {
  tag: 'case',
  val: string,
}
export interface SealOrder {
  purpose: SealPurpose,
  capacity: SealCapacity,
  holder: string,
  digest: string,
  summary: string,
}
export interface UploadRequest {
  caseId?: string,
  action: Action,
  field: string,
  name: string,
  mediaType: string,
  size: bigint,
}
