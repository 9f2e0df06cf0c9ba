/** @module Interface zhengzhou:quality-benchmark/random@0.2.0 **/
export function seed(): bigint;
