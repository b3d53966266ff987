export * from './enterprise';
export * from './orders';
