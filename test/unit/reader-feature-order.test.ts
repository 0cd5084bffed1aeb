import { describe, expect, it } from 'vitest';
import { featuresFor, type FeatureDeclaration } from '../../src/ui/features/feature-order.js';

const feature = (name: string, declaration: FeatureDeclaration): FeatureDeclaration & { name: string } => ({ name, ...declaration });
const BOTH = ['popup', 'tab'] as const;

describe('featuresFor', () => {
  // Listed out of order on purpose: the declarations, not the list, decide.
  const features = [
    feature('one panel at a time', { surfaces: BOTH, stage: 'after-controls' }),
    feature('quote panel', { surfaces: BOTH, stage: 'controls' }),
    feature('contents', { surfaces: ['tab'], stage: 'controls' }),
    feature('language', { surfaces: BOTH, stage: 'language' }),
    feature('settings', { surfaces: BOTH, stage: 'controls' }),
  ];

  it('mounts the language first, the controls in the order given, and what needs every panel last', () => {
    expect(featuresFor('tab', features).map((f) => f.name)).toEqual(['language', 'quote panel', 'contents', 'settings', 'one panel at a time']);
  });

  it('leaves out what a surface does not serve', () => {
    expect(featuresFor('popup', features).map((f) => f.name)).toEqual(['language', 'quote panel', 'settings', 'one panel at a time']);
  });
});
