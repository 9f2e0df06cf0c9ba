/** @module Interface zhengzhou:quality-benchmark/registry@0.2.0 **/
export function lookupEnterprise(creditCode: string): EnterpriseRecord | undefined;
export interface EnterpriseRecord {
  name: string,
  district?: string,
  independentLegalEntity: boolean,
  badRecords: Array<string>,
}
