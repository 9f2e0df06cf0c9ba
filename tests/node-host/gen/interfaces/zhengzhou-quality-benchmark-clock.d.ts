/** @module Interface zhengzhou:quality-benchmark/clock@0.2.0 **/
export function now(): string;
