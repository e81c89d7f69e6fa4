import { render } from 'preact';
import { App } from '../../src/options/App';
import '../../src/options/options.css';

render(<App />, document.getElementById('app')!);
