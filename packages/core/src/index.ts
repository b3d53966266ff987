export * from './accounts';
export * from './municipalities';
