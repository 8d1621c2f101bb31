/** Appends `value` to the list under `key`, creating it (in place: no copy per insert). */
export declare function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void;
