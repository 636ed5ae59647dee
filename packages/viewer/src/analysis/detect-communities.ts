/**
 * Detect communities
 * ==================
 *
 * Groups of people who work with each other more than with others: Louvain modularity optimisation
 * (`graphology-communities-louvain`) over the undirected, weighted graph (`works_with` weights in the works-with
 * projection). The walk is in node order, not random, so the same graph gives the same communities on every open.
 * Communities are numbered by size, largest first, and each lists its members, the most connected first.
 *
 * [Reference] Blondel et al., "Fast unfolding of communities in large networks", 2008.
 */
import type { KnowledgeGraph } from "@samverkan/core";
import louvain from "graphology-communities-louvain";
import { toSimpleGraph } from "./simple-graph";

/** A member of a community. */
export interface CommunityMember {
  id: string;
  label: string;
  /** Summed weight of the member's links inside the community. */
  strength: number;
}

/** One community: its number (1 is the largest) and members, the most connected first. */
export interface Community {
  id: number;
  members: CommunityMember[];
}

/** The communities of a graph. */
export interface Communities {
  /** Community number of every node considered. */
  byNode: Map<string, number>;
  /** Communities, largest first; people with no links are each a community of one, at the end. */
  list: Community[];
  /** Modularity of the partition (−0.5 to 1; above about 0.3 the groups are clearly apart); `NaN` without edges. */
  modularity: number;
}

/** Options of `detectCommunities`. */
export interface CommunityOptions {
  /** Only these nodes (the ones shown); all when omitted. */
  nodes?: ReadonlySet<string>;
  /** Louvain's resolution: above 1 gives more, smaller communities (default 1). */
  resolution?: number;
}

/** Finds communities with Louvain; meant for the works-with projection, works on any graph. */
export function detectCommunities(graph: KnowledgeGraph, options: CommunityOptions = {}): Communities {
  const simple = toSimpleGraph(graph, { nodes: options.nodes });
  const result = louvain.detailed(simple, { getEdgeWeight: "weight", randomWalk: false, resolution: options.resolution ?? 1 });
  const groups = new Map<number, CommunityMember[]>();
  simple.forEachNode((node) => {
    const community = result.communities[node];
    let strength = 0;
    simple.forEachEdge(node, (_edge, attributes, source, target) => {
      if (result.communities[source === node ? target : source] === community) strength += attributes.weight;
    });
    const members = groups.get(community) ?? [];
    members.push({ id: node, label: graph.getNodeAttribute(node, "label") || node, strength: Math.round(strength * 1000) / 1000 });
    groups.set(community, members);
  });
  const ordered = [...groups.values()]
    .map((members) => members.sort((a, b) => b.strength - a.strength || a.label.localeCompare(b.label, "sv")))
    .sort((a, b) => b.length - a.length || a[0].label.localeCompare(b[0].label, "sv"));
  const byNode = new Map<string, number>();
  const list = ordered.map((members, index) => {
    for (const member of members) byNode.set(member.id, index + 1);
    return { id: index + 1, members };
  });
  return { byNode, list, modularity: result.modularity };
}
