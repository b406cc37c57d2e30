/**
 * What `heads` reports per environment: its heads and the problems of its graph (a broken graph
 * has no trustworthy heads, so they come along). The contract's `heads` JSON, as data.
 */
import { graphFindings } from '../core/graph/index.js';
import type { Finding } from '../core/types.js';
import type { EnvironmentGraph } from './read-graphs.js';

/** One environment of `heads`. */
export interface HeadsEnvironment {
  dir: string;
  versionLocations: string[];
  config?: string;
  heads: readonly string[];
  findings: Finding[];
}

/** Each environment's heads and graph findings, in the order of the graphs. */
export function headsEnvironments(graphs: readonly EnvironmentGraph[]): HeadsEnvironment[] {
  return graphs.map(({ environment, graph }) => ({
    dir: environment.versionLocations[0] ?? '',
    versionLocations: environment.versionLocations,
    ...(environment.config ? { config: environment.config } : {}),
    heads: graph.heads,
    findings: graphFindings(graph),
  }));
}
