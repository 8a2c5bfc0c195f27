// The header's search box: type a reference, NHS number, name or practice code and press Enter for the
// results page (/search?q=…). `/` focuses it from anywhere except a field being typed in.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { SEARCH_BOX_ID } from './maySearch';

const isTyping = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

export function SearchBox() {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      // A dialog keeps the keyboard to itself.
      if (document.querySelector('[aria-modal="true"]')) return;
      event.preventDefault();
      input.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = text.trim();
    if (q) navigate(`/search?${new URLSearchParams({ q })}`);
  };

  return (
    <form role="search" className="header-search" onSubmit={submit}>
      <label htmlFor={SEARCH_BOX_ID} className="visually-hidden">
        Find a request (press / to search)
      </label>
      <input
        ref={input}
        id={SEARCH_BOX_ID}
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder="Reference, NHS number or name  ( / )"
        autoComplete="off"
        spellCheck={false}
      />
      <button type="submit" className="btn btn-on-dark">
        Search
      </button>
    </form>
  );
}
