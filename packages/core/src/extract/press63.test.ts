/**
 * Press (session 63): a body's post handed to a name (`och ordförandeposten i fritidsnämnden till X`) is that name's
 * seat in the body.
 */
import { describe, expect, it } from "vitest";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

describe("a body's post handed to a name (`ordförandeposten i <body> till X`)", () => {
  it("is X's seat in the body", () => {
    const g = graphOf("nyhet.txt", "Presidiet\n\nPartiet lämnar också ordförandeposten i fritidsnämnden till Gun Sand, KD.\n");
    expect(heldRoles(g)).toEqual(["Gun Sand: ordförande @ Fritidsnämnden"]);
  });

  it("in a body with a joined name", () => {
    const g = graphOf("nyhet.txt", "Presidiet\n\nKD får vice ordförandeposten i bygg- och miljönämnden till Ivar Moe (KD).\n");
    expect(heldRoles(g)).toEqual(["Ivar Moe: vice ordförande @ Bygg- och miljönämnden"]);
  });

  it("not a post handed to a party", () => {
    const g = graphOf("nyhet.txt", "Presidiet\n\nPartiet lämnar ordförandeposten i fritidsnämnden till KD. Gun Sand talade.\n");
    expect(heldRoles(g)).toEqual([]);
  });
});
