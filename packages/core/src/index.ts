export * from './municipalities';
