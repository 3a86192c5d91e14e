import type { Typology } from './finding';

/** Each State Media Monitor typology as an adjective before "outlet" or a kind of outlet ("a state-captured public radio station"). */
export const TYPOLOGY_ADJECTIVES: Readonly<Record<Typology, string>> = {
  SC: 'state-controlled',
  CaPu: 'state-captured public',
  CaPr: 'state-captured private',
  ISFM: 'independent state-funded',
  ISF: 'independent state-funded',
  ISM: 'independent state-managed',
  IP: 'independent public',
};
