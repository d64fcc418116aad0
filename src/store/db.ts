import type { PrismaClient } from "../generated/prisma/client.ts";

/**
 * The database handle the app uses. Only the type comes from the Node client: each entry
 * builds its own client (better-sqlite3 on Node, D1 on Workers) with the same models.
 */
export type Db = PrismaClient;

/** True when a write lost a race to an identical one (a unique key already holds it). */
export function isDuplicate(error: unknown): boolean {
  return (
    typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002"
  );
}

/** Runs an insert whose twin may already exist; the twin wins and nothing is written twice. */
export async function insertOnce<T>(write: () => Promise<T>): Promise<T | undefined> {
  try {
    return await write();
  } catch (error) {
    if (isDuplicate(error)) return undefined;
    throw error;
  }
}

export function newId(): string {
  return crypto.randomUUID();
}
