import type { ActorKind } from "../model/actor.ts";

/**
 * Kind of an actor known only by its id (an NDJSON line without `sourceKind`):
 * ISO 3166-1 alpha-3 ids ("USA", "XKX") are states, anything else ("UN",
 * "WAGNER", "ARAB_LEAGUE") an organisation. UN and EU are two letters, so they
 * stay organisations.
 */
export function inferKind(id: string): ActorKind {
  return /^[A-Z]{3}$/.test(id) ? "state" : "organization";
}
