// The hub's button: a real <button>, type="button" unless said otherwise, in one of three weights.
import type { ComponentPropsWithRef } from 'react';

type Props = ComponentPropsWithRef<'button'> & { variant?: 'primary' | 'secondary' | 'quiet' | 'warning' };

export function Button({ variant = 'secondary', className, type = 'button', ...rest }: Props) {
  return <button type={type} className={['btn', `btn-${variant}`, className].filter(Boolean).join(' ')} {...rest} />;
}
