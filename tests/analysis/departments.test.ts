/** Departments as offices count them: a list counts each entry, the window and the platform are not departments. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getDepartments } from '../../src/analysis/departments.js';
import { loadFile } from '../../src/model/load.js';
import type { Procedure } from '../../src/model/types.js';
import { ROOT } from '../support/files.js';

const load = (path: string) => loadFile(join(ROOT, 'processes', path)).document as Procedure;

describe('departments', () => {
  it('count each department of a list: 卫健、公安、医保、人社、税务 reviewing at once are 5, not 1', () => {
    const after = load('newborn-birth/after.yaml');
    expect(getDepartments(after)).toEqual(['县卫生健康局', '县公安局', '县医疗保障局', '县人力资源和社会保障局', '县税务局']);
  });

  it('leave out the comprehensive window where the case is handed in (actor: window)', () => {
    const after = load('open-restaurant-guangyuan/after.yaml');
    expect(after.process.states.get('apply')).toMatchObject({ actor: 'window', department: '县政务服务中心（“开办餐饮店一件事”综合窗口）' });
    expect(getDepartments(after)).not.toContain('县政务服务中心（“开办餐饮店一件事”综合窗口）');
    expect(getDepartments(after)).toHaveLength(4);
  });

  it('show a list joined by 、 where one text is wanted', () => {
    const after = load('newborn-birth/after.yaml');
    expect(after.department).toBe('县卫生健康局、县公安局、县医疗保障局、县人力资源和社会保障局、县税务局');
  });
});
