/**
 * Intl formatters, created once per constructor, locale and options and then reused: building one
 * resolves locale data, which costs far more than formatting with it.
 */
const cache = new Map<string, unknown>();

type Formatter<T> = new (locale: string, options?: object) => T;

export function formatter<T>(Ctor: Formatter<T>, locale: string, options?: object): T {
  const key = `${Ctor.name} ${locale} ${JSON.stringify(options)}`;
  let value = cache.get(key) as T | undefined;
  if (!value) cache.set(key, (value = new Ctor(locale, options)));
  return value;
}
