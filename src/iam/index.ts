export * from './policy-statement';
export * from './refs';
export * from './role-settings';
