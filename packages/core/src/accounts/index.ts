export * from './identifier';
export * from './login-throttle';
export * from './password-policy';
export * from './policies';
export * from './roles';
export * from './sessions';
export * from './name-key';
