/** @module Interface zhengzhou:quality-benchmark/calendar@0.2.0 **/
export function addWorkingDays(date: string, days: number): string;
