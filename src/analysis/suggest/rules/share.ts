/**
 * 数据共享、电子证照免提交 (国办函〔2016〕108号): a material a government department issues (营业执照,
 * 身份证, 户口簿, 不动产权证 …) is fetched by the agency instead of brought by the applicant.
 */
import type { Rule } from '../types.js';
import { markMaterials } from './materials.js';

/** A government-issued material still handed in → reform: shared. */
export const share: Rule<'share'> = {
  key: 'share',
  find: (input) => markMaterials('share', 'shared', input, (m) => m.source === 'government'),
};
