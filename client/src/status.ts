/**
 * The language status item's text: which profile the draft is checked
 * against and how many problems it has.
 */
export interface ProblemCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** The profile a draft names in its front matter (`profile: ofsted-sif-2016`), if any. */
export function frontMatterProfile(text: string): string | undefined {
  const fm = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/.exec(text);
  if (!fm) return undefined;
  const line = /^profile:[ \t]*(['"]?)([^'"#\r\n]*?)\1[ \t]*(?:#.*)?$/m.exec(fm[1]);
  return line?.[2] || undefined;
}

/** The profile the draft is checked against, as far as the client can tell: the setting, then front matter, then the default. */
export function profileFor(setting: string, text: string, defaultId: string): { id: string; source: 'setting' | 'front matter' | 'default' } {
  if (setting.trim()) return { id: setting.trim(), source: 'setting' };
  const fm = frontMatterProfile(text);
  if (fm) return { id: fm, source: 'front matter' };
  return { id: defaultId, source: 'default' };
}

export function problemSummary(c: ProblemCounts): string {
  const total = c.errors + c.warnings + c.infos;
  if (total === 0) return 'No problems';
  const parts: string[] = [];
  if (c.errors) parts.push(`${c.errors} ${c.errors === 1 ? 'error' : 'errors'}`);
  if (c.warnings) parts.push(`${c.warnings} ${c.warnings === 1 ? 'warning' : 'warnings'}`);
  if (c.infos) parts.push(`${c.infos} info`);
  return parts.join(', ');
}

/** Text `Profile ofsted-sif-2016`; detail `Ofsted single inspection framework (2016) · 2 errors, 1 warning` when the profile's name is known. */
export function statusText(profileId: string, c: ProblemCounts, profileName?: string): { text: string; detail: string } {
  return { text: `Profile ${profileId}`, detail: profileName ? `${profileName} · ${problemSummary(c)}` : problemSummary(c) };
}
