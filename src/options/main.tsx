// The options page's entry: styles, then the app.
import { render } from 'preact';
import './options.css';
import { OptionsApp } from './OptionsApp';

const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
