// The adversarial corpus of the tester's capture (issue 10 item 8): personal
// data hidden everywhere a page can hold it. Each probe is an HTML fragment
// and the marker strings it plants; every marker is unique (a "zq" token,
// "Quuxford", or one of the shapes the issue lists: aty12345, ct12345,
// 3:18cv1094, 2018-cv-1094, Case No. 12345), so that a search of the
// capture for it, decoded or not, proves it gone.
//
// None of the probes is flow wording or recogniser structure (no dialog
// shown, no shown password field, no menu bar): the page stays the same
// screen with them (test/capture-allowlist.test.ts checks that too).

export interface Probe {
  id: string;
  html: string;
  markers: string[];
}

export const PROBES: Probe[] = [
  // <meta>: content, refresh address
  { id: 'meta-content', html: '<meta name="author" content="Zelda Quuxford zqmetaauthor"><meta property="og:title" content="zqogtitle">', markers: ['zqmetaauthor', 'zqogtitle'] },
  { id: 'meta-refresh', html: '<meta http-equiv="refresh" content="600; url=/cgi-bin/DktRpt.pl?atty=Zelda+Quuxford&amp;zq=metarefresh">', markers: ['zq=metarefresh', 'Zelda+Quuxford'] },
  { id: 'title', html: '<title>Zelda Quuxford zqtitleelement</title>', markers: ['zqtitleelement'] },
  { id: 'link-base', html: '<link rel="stylesheet" href="/s.css?zqlinkhref"><base href="https://zqbasehref.example/">', markers: ['zqlinkhref', 'zqbasehref'] },
  // values: options, buttons, submit inputs, hidden inputs, typed text
  {
    id: 'select-option',
    html: '<select name="zqselectname"><option value="zqoptionvalue" label="zqoptionlabel">Zelda Quuxford zqoptiontext</option><option value="E_ZQQXBK" selected>zqcourtlike</option></select>',
    markers: ['zqselectname', 'zqoptionvalue', 'zqoptionlabel', 'zqoptiontext', 'E_ZQQXBK', 'zqcourtlike'],
  },
  { id: 'button-value', html: '<button type="submit" name="zqbuttonname" value="zqbuttonvalue" formaction="/cgi-bin/DktRpt.pl?zqformaction">Zelda Quuxford zqbuttontext</button>', markers: ['zqbuttonname', 'zqbuttonvalue', 'zqformaction', 'zqbuttontext'] },
  {
    id: 'input-values',
    html: '<input type="submit" value="Zelda Quuxford zqsubmitvalue"><input type="button" value="zqbuttoninput"><input type="reset" value="zqresetvalue"><input type="image" src="/zqimagesrc.png" alt="zqimagealt">',
    markers: ['zqsubmitvalue', 'zqbuttoninput', 'zqresetvalue', 'zqimagesrc', 'zqimagealt'],
  },
  { id: 'hidden-input', html: '<input type="hidden" name="zqhiddenname" value="zqhiddenvalue aty12345">', markers: ['zqhiddenname', 'zqhiddenvalue'] },
  {
    id: 'text-input',
    html: '<input type="text" name="zqtextname" value="zqtextvalue" placeholder="Zelda Quuxford zqplaceholder"><textarea name="zqtextareaname">zqtextareatext</textarea>',
    markers: ['zqtextname', 'zqtextvalue', 'zqplaceholder', 'zqtextareaname', 'zqtextareatext'],
  },
  { id: 'hidden-password', html: '<div hidden><input type="password" name="zqpasswordname" value="zqpasswordattr"></div>', markers: ['zqpasswordname', 'zqpasswordattr'] },
  // <style> text, style attributes, CSS content
  {
    id: 'style-element',
    html: '<style>.zqstyleclass{background:url(/t.gif?u=zqstyleurl)} p::after{content:"Zelda Quuxford zqcsscontent"}</style>',
    markers: ['zqstyleclass', 'zqstyleurl', 'zqcsscontent'],
  },
  { id: 'style-attribute', html: '<span style="background:url(\'/t.gif?u=zqstyleattr&amp;atty=Zelda\');content:\'zqstylecontent\'">x</span>', markers: ['zqstyleattr', 'zqstylecontent'] },
  // ids, classes, data-*, names built from names; other attributes
  {
    id: 'identifiers',
    html: '<div id="Zelda-Quuxford-zqid" class="zq-quuxford-class" data-person="zqdatavalue" data-zqdataname="1" lang="zqlang" dir="zqdir" tabindex="zqtabindex" accesskey="zqaccesskey">x</div>',
    markers: ['zqid', 'zq-quuxford-class', 'zqdatavalue', 'zqdataname', 'zqlang', 'zqdir', 'zqtabindex', 'zqaccesskey'],
  },
  { id: 'wording-attributes', html: '<span title="Zelda Quuxford zqtitleattr" aria-label="Zelda Quuxford zqarialabel" aria-describedby="zqdescribedby">x</span>', markers: ['zqtitleattr', 'zqarialabel', 'zqdescribedby'] },
  { id: 'label-references', html: '<label for="zqlabelfor">Zelda Quuxford zqlabeltext</label><span aria-labelledby="zqlabelledby">x</span>', markers: ['zqlabelfor', 'zqlabeltext', 'zqlabelledby'] },
  { id: 'custom-tag', html: '<zq-quuxford-tag zq-quuxford-attr="zqcustomvalue">x</zq-quuxford-tag>', markers: ['zq-quuxford-tag', 'zq-quuxford-attr', 'zqcustomvalue'] },
  { id: 'event-handlers', html: '<span onclick="zqonclick()" onmouseover="zqonhover()">x</span><script>var who = "zqscripttext";</script>', markers: ['zqonclick', 'zqonhover', 'zqscripttext'] },
  // addresses: query strings, jsessionid, ping, srcset, xlink:href, object data, mailto:, data:, other hosts
  { id: 'href-query', html: '<a href="/cgi-bin/DktRpt.pl?atty=Zelda+Quuxford&amp;zq=hrefquery">docket</a>', markers: ['zq=hrefquery', 'Zelda+Quuxford'] },
  { id: 'href-jsessionid', html: '<a href="/cgi-bin/DktRpt.pl;jsessionid=ZQJSESSIONHREF">docket</a><p>jsessionid=ZQJSESSIONTEXT</p>', markers: ['ZQJSESSIONHREF', 'ZQJSESSIONTEXT'] },
  { id: 'href-own-address', html: '<a href="https://ecf.ctb.uscourts.gov/cgi-bin/qryParties.pl?Quuxford#zqfragment">parties</a>', markers: ['qryParties.pl?Quuxford', 'zqfragment'] },
  { id: 'href-hosts', html: '<a href="https://zqhost.example/">a</a><a href="//zqprotorel.example/">b</a><a href="https://ecf.ctb.uscourts.gov.zqlookalike.example/">c</a><a href="https://zquser:zqpass@ecf.ctb.uscourts.gov/">d</a>', markers: ['zqhost', 'zqprotorel', 'zqlookalike', 'zquser', 'zqpass'] },
  { id: 'ping-download', html: '<a href="/cgi-bin/DktRpt.pl" ping="https://t.example/?zqping" download="zqdownload.pdf" target="zqtarget" rel="zqrel">x</a>', markers: ['zqping', 'zqdownload', 'zqtarget', 'zqrel'] },
  { id: 'img', html: '<img src="/i.gif?zqimgsrc" srcset="/i2.gif?zqsrcset 2x" alt="Zelda Quuxford zqimgalt">', markers: ['zqimgsrc', 'zqsrcset', 'zqimgalt'] },
  { id: 'mailto', html: '<a href="mailto:zelda.quuxford.zqmailto@lawfirm.example">mail</a><a href="&#x6d;ailto&colon;zqmailtoentity@x.example">mail</a>', markers: ['zqmailto', 'zqmailtoentity'] },
  { id: 'iframe', html: '<iframe src="data:text/html,&lt;p&gt;zqiframedata&lt;/p&gt;"></iframe><iframe srcdoc="&lt;p&gt;Zelda Quuxford zqsrcdoc&lt;/p&gt;"></iframe>', markers: ['zqiframedata', 'zqsrcdoc'] },
  { id: 'object-embed', html: '<object data="/cgi-bin/DktRpt.pl?zqobjectdata"><param name="zqparamname" value="zqparamvalue"></object><embed src="/zqembedsrc.swf">', markers: ['zqobjectdata', 'zqparamname', 'zqparamvalue', 'zqembedsrc'] },
  { id: 'media', html: '<video poster="/p.jpg?zqposter"><source src="/v.mp4?zqsourcesrc"><track src="/t.vtt?zqtracksrc"></video><audio src="/zqaudiosrc.mp3"></audio>', markers: ['zqposter', 'zqsourcesrc', 'zqtracksrc', 'zqaudiosrc'] },
  {
    id: 'javascript-schemes',
    html:
      '<a href="java&#9;script:zqtab()">a</a><a href="jav&#x0A;ascript:zqnewline()">b</a><a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;zqdecimal()">c</a>' +
      '<a href="javascript&colon;zqcolon()">d</a><a href="  JAVASCRIPT:zqupper()">e</a><a href="&#x01;javascript:zqcontrol()">f</a><a href="vbscript:zqvbscript">g</a><a href="data:text/html,zqdatahref">h</a>',
    markers: ['zqtab', 'zqnewline', 'zqdecimal', 'zqcolon', 'zqupper', 'zqcontrol', 'zqvbscript', 'zqdatahref'],
  },
  { id: 'cite-datetime', html: '<blockquote cite="https://x.example/?zqcite">x</blockquote><del datetime="zqdatetime">y</del><time datetime="zqtimeattr">z</time>', markers: ['zqcite', 'zqdatetime', 'zqtimeattr'] },
  // text: names, usernames, case numbers, contacts
  { id: 'welcome', html: '<p>Welcome Zelda Quuxford</p><p>Logged in as: <b>zqloggedin</b></p><p>Welcome, zqwelcomecomma</p>', markers: ['Welcome Zelda Quuxford', 'Quuxford', 'zqloggedin', 'zqwelcomecomma'] },
  { id: 'usernames-cases', html: '<p>aty12345 ct12345 3:18cv1094 2018-cv-1094 Case No. 12345</p>', markers: ['aty12345', 'ct12345', '3:18cv1094', '2018-cv-1094', 'Case No. 12345'] },
  { id: 'contacts', html: '<p>zelda.quuxford@zqfirm.example (312) 555-0199 SSN 123-45-6789</p>', markers: ['zqfirm', '555-0199', '123-45-6789'] },
  { id: 'unicode', html: '<p>Zélda Quüxförd zqünicode Ze&#x301;lda zq&#x200B;zerowidth １２３４５</p>', markers: ['Quüxförd', 'zqünicode', 'zq\u200bzerowidth', '１２３４５'] },
  { id: 'entity-text', html: '<p>Zelda&#32;Quuxford&#x20;zqentitytext &lt;zqescapedtag&gt;</p>', markers: ['zqentitytext', '<zqescapedtag>'] },
  // markup that is never shown: comments, template, noscript, shadow roots, SVG, MathML
  { id: 'comment', html: '<!-- Zelda Quuxford zqcomment --><p>x<!--zqinlinecomment--></p>', markers: ['zqcomment', 'zqinlinecomment'] },
  { id: 'template', html: '<template><p>Zelda Quuxford zqtemplate</p></template>', markers: ['zqtemplate'] },
  { id: 'noscript', html: '<noscript><p>zqnoscript</p><img src="/zqnoscriptimg.gif"></noscript>', markers: ['zqnoscript'] },
  { id: 'shadow-root', html: '<div><template shadowrootmode="open"><p>Zelda Quuxford zqshadowroot</p><slot name="zqslot"></slot></template><span slot="zqslot">x</span></div>', markers: ['zqshadowroot', 'zqslot'] },
  {
    id: 'svg',
    html: '<svg><title>zqsvgtitle</title><text>Zelda Quuxford zqsvgtext</text><a xlink:href="https://x.example/?zqxlinkhref"><text>x</text></a><foreignObject><p>zqforeignobject</p></foreignObject></svg>',
    markers: ['zqsvgtitle', 'zqsvgtext', 'zqxlinkhref', 'zqforeignobject'],
  },
  { id: 'mathml', html: '<math><mi>zqmathml</mi></math>', markers: ['zqmathml'] },
  { id: 'closed-dialog', html: '<dialog><p>Zelda Quuxford zqdialog</p></dialog><details><summary>zqsummary</summary>zqdetails</details>', markers: ['zqdialog', 'zqsummary', 'zqdetails'] },
  // forms: action query strings
  {
    id: 'form-action',
    html: '<form action="/cgi-bin/qryParties.pl?name=Zelda+Quuxford&amp;zq=formactionquery" name="zqformname" method="zqmethod"><input type="hidden" name="caseid" value="zqcaseid"></form>',
    markers: ['zq=formactionquery', 'zqformname', 'zqmethod', 'zqcaseid'],
  },
  { id: 'menu-query', html: '<a href="/cgi-bin/DisplayMenu.pl?Mailings&amp;atty=zqmenuquery">Mailings</a><a href="/cgi-bin/login.pl?zqloginquery">x</a>', markers: ['zqmenuquery', 'zqloginquery'] },
];

/** Markers planted in the page's own address (the capture's `url` and its "saved from url" mark). */
export const URL_MARKERS = ['Zelda+Quuxford', 'zqurlparam', 'aty12345', 'zqurlfragment', 'zqurluser', 'zqurlpass'];

/** The fixture's address with the URL probes: credentials, a query, a fragment (the path, screen and court stay). */
export function probedUrl(url: string): string {
  const u = new URL(url);
  u.username = 'zqurluser';
  u.password = 'zqurlpass';
  const probe = 'atty=Zelda+Quuxford&zqurlparam=aty12345';
  u.search = u.search ? `${u.search}&${probe}` : `?${probe}`;
  u.hash = 'zqurlfragment';
  return u.href;
}

/** The address with a ;jsessionid in its path (the path changes: only absence is checked). */
export function jsessionUrl(url: string): string {
  const u = new URL(url);
  u.pathname = `${u.pathname};jsessionid=ZQURLSESSION`;
  return u.href;
}

export const ALL_MARKERS = [...new Set([...PROBES.flatMap((p) => p.markers), ...URL_MARKERS])];
