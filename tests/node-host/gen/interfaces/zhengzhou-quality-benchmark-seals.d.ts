/** @module Interface zhengzhou:quality-benchmark/seals@0.2.0 **/
export function verify(seal: SealRef): boolean;
export type SealRef = import('./zhengzhou-quality-benchmark-types.js').SealRef;
