export * from './policy-statement';
export * from './refs';
