export * from './accounts';
export * from './municipalities';
export * from './profiles';
export * from './offers';
export * from './organisations';
export * from './screening';
export * from './matching';
export * from './marketplace';
