/** The statutory public holidays by name: the words every surface uses for them. */

/** The statutory holidays, in calendar order. */
export type HolidayKey = 'new-year' | 'spring-festival' | 'qingming' | 'labour-day' | 'dragon-boat' | 'mid-autumn' | 'national-day';

/** Each holiday's name in Chinese and English. */
export const HOLIDAY_NAMES: Readonly<Record<HolidayKey, { zh: string; en: string }>> = {
  'new-year': { zh: '元旦', en: "New Year's Day" },
  'spring-festival': { zh: '春节', en: 'Spring Festival' },
  qingming: { zh: '清明节', en: 'Qingming Festival' },
  'labour-day': { zh: '劳动节', en: 'Labour Day' },
  'dragon-boat': { zh: '端午节', en: 'Dragon Boat Festival' },
  'mid-autumn': { zh: '中秋节', en: 'Mid-Autumn Festival' },
  'national-day': { zh: '国庆节', en: 'National Day' },
};

/** The law the assumption follows, for the words that state it. */
export const STATUTORY_RULE = { zh: '《全国年节及纪念日放假办法》（2024 年修订）', en: 'the National Holidays Regulation (2024 revision)' } as const;
