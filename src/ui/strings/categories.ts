// The glossary's five categories as users read them (the reader's popovers, the popup, the card).
import { defineStrings } from '../strings';

export const categories = defineStrings({
  en: {
    model: 'Model',
    technique: 'Technique',
    hardware: 'Hardware',
    organization: 'Organisation',
    concept: 'Concept',
  },
  'zh-Hans': { model: '模型', technique: '技术', hardware: '硬件', organization: '机构', concept: '概念' },
  'zh-Hant': { model: '模型', technique: '技術', hardware: '硬體', organization: '機構', concept: '概念' },
});
