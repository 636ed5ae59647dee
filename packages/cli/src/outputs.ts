/**
 * Outputs
 * =======
 *
 * What the commands that write files do around core's atomic writers (`writeFileAtomic`, `writeDirectoryAtomic`):
 * remove the temporary files and folders an interrupted earlier run left beside an output, and name the search index
 * a graph is written with by its hash.
 */
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** True while a process of this id runs (or may: one of another user's answers EPERM). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes what interrupted runs left beside `target`: the temporary files of `writeFileAtomic`
 * (`.<name>.<pid>.<ms>.tmp`) started before `startedAt` by a process that is gone (or had this process's id, as a
 * container's CLI always has), and the temporary folders of `writeDirectoryAtomic` (`.<name>.tmp-XXXXXX`, and its
 * `.old`) last changed before `startedAt`. Nothing else is touched, and a failure to remove is no error.
 * @returns The names removed.
 */
export async function removeStaleTemps(target: string, startedAt: number): Promise<string[]> {
  const dir = path.dirname(path.resolve(target));
  const name = escapeRegExp(path.basename(target));
  const fileTemp = new RegExp(`^\\.${name}\\.(\\d+)\\.(\\d+)\\.tmp$`);
  const dirTemp = new RegExp(`^\\.${name}\\.tmp-[A-Za-z0-9]{6}(?:\\.old)?$`);
  const removed: string[] = [];
  for (const entry of await fs.readdir(dir).catch(() => [] as string[])) {
    const file = fileTemp.exec(entry);
    if (!file && !dirTemp.test(entry)) continue;
    const full = path.join(dir, entry);
    const stats = await fs.lstat(full).catch(() => undefined);
    if (!stats || stats.mtimeMs >= startedAt) continue;
    if (file) {
      const pid = Number(file[1]);
      if (!stats.isFile() || Number(file[2]) >= startedAt || (pid !== process.pid && running(pid))) continue;
    } else if (!stats.isDirectory()) continue;
    await fs.rm(full, { recursive: true, force: true }).then(
      () => removed.push(entry),
      () => undefined,
    );
  }
  return removed;
}

/** SHA-256 of some bytes, in hex: how a graph names the search index written with it. */
export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}
