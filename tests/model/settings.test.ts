/** The project settings file, wujian.yaml: found by walking up, checked with located diagnostics, named calendars resolved. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFiles } from '../../src/model/load.js';
import { describe as describeDiagnostic } from '../../src/model/messages.js';
import { findSettingsFile, loadSettingsFile } from '../../src/model/settings.js';
import { createTempDir, places } from '../support/files.js';

const dir = createTempDir();

describe('wujian.yaml', () => {
  it('is found in the working folder or the nearest folder above it', () => {
    mkdirSync(join(dir, 'office', 'processes', 'food'), { recursive: true });
    writeFileSync(join(dir, 'office', 'wujian.yaml'), 'calendar: 节假日.yaml\n');
    expect(findSettingsFile(join(dir, 'office', 'processes', 'food'))).toBe(join(dir, 'office', 'wujian.yaml'));
    expect(findSettingsFile(join(dir, 'office'))).toBe(join(dir, 'office', 'wujian.yaml'));
  });

  it('names calendar files relative to itself, one or a list', () => {
    mkdirSync(join(dir, 'a', 'cal'), { recursive: true });
    writeFileSync(join(dir, 'a', 'cal', '2027.yaml'), 'years: { 2027: { holidays: [2027-01-01] } }\n');
    writeFileSync(join(dir, 'a', 'cal', 'county.yaml'), 'years: { 2026: { holidays: [2026-12-14] } }\n');
    writeFileSync(join(dir, 'a', 'wujian.yaml'), 'calendar: [cal/2027.yaml, cal/county.yaml]\n');
    const { settings, diagnostics } = loadSettingsFile(join(dir, 'a', 'wujian.yaml'));
    expect(diagnostics).toEqual([]);
    expect(settings!.calendar.map((c) => c.file)).toEqual([join(dir, 'a', 'cal', '2027.yaml'), join(dir, 'a', 'cal', 'county.yaml')]);
  });

  it('points at a calendar file that does not exist, in both languages', () => {
    mkdirSync(join(dir, 'b'), { recursive: true });
    writeFileSync(join(dir, 'b', 'wujian.yaml'), '# 设置\ncalendar: [节假日/2027.yaml]\n');
    const { settings, diagnostics } = loadSettingsFile(join(dir, 'b', 'wujian.yaml'));
    expect(settings).toBeUndefined();
    expect(places(diagnostics)).toEqual(['settings-calendar-not-found 2:12']);
    expect(describeDiagnostic(diagnostics[0]!, 'zh').message).toBe('找不到节假日安排文件 节假日/2027.yaml');
    expect(describeDiagnostic(diagnostics[0]!, 'en').hint).toContain(join(dir, 'b'));
  });

  it('is checked against its schema when validated like any YAML file', () => {
    mkdirSync(join(dir, 'c'), { recursive: true });
    writeFileSync(join(dir, 'c', 'wujian.yaml'), 'calendar: 节假日.txt\ncalender: x.yaml\n');
    const [result] = loadFiles([join(dir, 'c', 'wujian.yaml')]);
    expect(result!.other?.kind).toBe('settings');
    expect(places(result!.diagnostics)).toEqual(['schema-yaml-path 1:11', 'schema-unknown-field 2:1']);
  });
});
