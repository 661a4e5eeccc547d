import type { PersonName } from '@parent-partner/core';
import type { Random } from './random';

// Every name is made up: a plant, bird or colour word as the given name and an
// invented family name built from "sample"-like stems, so no generated person
// can be mistaken for a real one.

/** Given names: plain English words used as obviously fictitious first names. */
export const fictitiousGivenNames: readonly string[] = [
  'Maple',
  'Juniper',
  'Clover',
  'Aspen',
  'Birch',
  'Sorrel',
  'Wren',
  'Lark',
  'Fern',
  'Sage',
  'Rowan',
  'Cedar',
  'Flint',
  'Quill',
  'Pebble',
  'Tansy',
  'Yarrow',
  'Thistle',
  'Heron',
  'Marigold',
  'Indigo',
  'Cobalt',
  'Saffron',
  'Basil',
  'Hazel',
  'Laurel',
  'Sparrow',
  'Robin',
  'Bramble',
  'Acorn',
  'Meadow',
  'Ember',
  'Brook',
  'Cypress',
  'Linden',
  'Poppy',
  'Sorghum',
  'Teasel',
  'Alder',
  'Kestrel',
  'Plover',
  'Finch',
  'Nettle',
  'Chicory',
  'Tamarack',
  'Cattail',
  'Bluebell',
  'Larkspur',
  'Sumac',
  'Walnut',
  'Pippin',
  'Russet',
  'Umber',
  'Ochre',
  'Slate',
  'Garnet',
  'Jasper',
  'Onyx',
  'Coral',
  'Amber',
];

const familyStems: readonly string[] = [
  'Sample',
  'Example',
  'Testa',
  'Fable',
  'Demo',
  'Pretend',
  'Model',
  'Pilot',
  'Practice',
  'Draft',
  'Sketch',
  'Fiction',
  'Template',
  'Proto',
  'Story',
];
const familyEndings: readonly string[] = [
  'ton',
  'field',
  'wood',
  'brook',
  'son',
  'more',
  'well',
  'ridge',
  'ford',
  'dale',
  'worth',
  'by',
  'stead',
  'hurst',
  'croft',
];

/** Invented family names: every stem and ending combined, for example `Sampleton` or `Fablebrook`. */
export const fictitiousFamilyNames: readonly string[] = familyStems.flatMap((stem) =>
  familyEndings.map((ending) => `${stem}${ending}`),
);

/** Creates an obviously fictitious person name, sometimes with a preferred name. */
export function createFictitiousName(random: Random): PersonName {
  const given = random.pick(fictitiousGivenNames);
  const family = random.pick(fictitiousFamilyNames);
  if (random.chance(0.15)) {
    return { given, family, preferred: given.slice(0, Math.max(3, Math.ceil(given.length / 2))) };
  }
  return { given, family };
}
