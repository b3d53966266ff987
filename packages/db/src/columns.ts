import { integer } from 'drizzle-orm/sqlite-core';

/** A moment, stored as UTC milliseconds. */
export const timestamp = (name: string) => integer(name, { mode: 'timestamp_ms' });
/** A yes/no, stored as 0 or 1. */
export const bool = (name: string) => integer(name, { mode: 'boolean' });
