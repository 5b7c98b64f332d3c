/** Entry point of the web UI (bundled by Vite into web/dist, served by `sitrep serve`). */
import { render } from 'preact';
import { App } from './app.js';
import './styles.css';

const root = document.getElementById('app');
if (root) render(<App />, root);
