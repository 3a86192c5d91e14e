/** A recently opened article, as the welcome screen and File > Open Recent list it. */
export interface RecentFile {
  readonly path: string;
  readonly name: string;
  readonly openedAt: string;
}
