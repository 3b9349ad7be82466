// The real seed: facts from public sources only (each fact with its source address).
// Synthetic data for load tests never goes through here.
import type { DB } from "../database.server";
import { seedDirectory } from "./directory";

type Seeder = (trx: DB) => Promise<void>;

// Features add their seeders here, in the order their tables depend on each other.
const seeders: Seeder[] = [seedDirectory];

export async function runSeed(trx: DB): Promise<void> {
  for (const seeder of seeders) await seeder(trx);
}
