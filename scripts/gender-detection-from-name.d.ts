// The package's name lists, one module per language: a Map from lower-case given name to gender.
declare module 'gender-detection-from-name/names/*.js' {
  const names: ReadonlyMap<string, 'male' | 'female' | 'unisex'>;
  export default names;
}
