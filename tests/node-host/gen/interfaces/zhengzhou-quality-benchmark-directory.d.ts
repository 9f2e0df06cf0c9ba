/** @module Interface zhengzhou:quality-benchmark/directory@0.2.0 **/
export function members(role: Role, orgUnit: string | undefined): Array<Person>;
export type Role = import('./zhengzhou-quality-benchmark-types.js').Role;
export interface Person {
  userId: string,
  name: string,
  role: Role,
  orgUnit: string,
  orgName: string,
  tags: Array<string>,
}
