/** The pages a reader feature can serve: the toolbar popup and the reader tab. */
export type Surface = 'popup' | 'tab';

/**
 * When a feature mounts: `language` before any control exists (it translates the page's static texts),
 * `controls` in the order given (which is the toolbar's), `after-controls` once every panel exists.
 */
export type Stage = 'language' | 'controls' | 'after-controls';

export interface FeatureDeclaration {
  /** The surfaces the feature serves; a page mounts only its own. */
  surfaces: readonly Surface[];
  stage: Stage;
}

const STAGES: readonly Stage[] = ['language', 'controls', 'after-controls'];

/**
 * The features `surface` mounts, in mounting order: each feature says where it belongs, so a page lists
 * what its bundle carries without ordering it by hand.
 */
export function featuresFor<F extends FeatureDeclaration>(surface: Surface, features: readonly F[]): F[] {
  return STAGES.flatMap((stage) => features.filter((feature) => feature.stage === stage && feature.surfaces.includes(surface)));
}
