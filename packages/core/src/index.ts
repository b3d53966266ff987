export * from './accounts';
export * from './municipalities';
export * from './profiles';
