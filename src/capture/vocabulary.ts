// The words a capture keeps (src/capture/sanitize.ts): the UI vocabulary of
// CM/ECF, PACER and court pages, the fixed wording of the linking flow that
// the recogniser matches and shows as labels (src/recognize/, the fixtures'
// targets), and English function words. Any other word on any page
// (parties, attorneys, firms, streets, docket text, names) is masked.
// Words that are also common first names or surnames (will, may, grant,
// bill, mark, rose, hall...) are left out on purpose: a kept word must not
// help to name anyone.
const WORDS = `
a about above after again against all also an and any are as at back be been before being below between both
but by can cannot could did do does done down during each either else for from further had has have he her here
him his how i if in into is it its me more most my no nor not now of off on once only or other our out over own
per same she should so some such than that the their them then there these they this those through to too under
until up upon us very via was we were what when where which while who whom why with within without would you
your yours yes n a na
cm ecf nextgen pacer psc pcl live train training test database area court courts united states district
bankruptcy appellate appeals circuit northern southern eastern western central middle clerk clerks office judge
judges magistrate chief honorable case cases number numbers docket dockets report reports query queries utilities
utility help log logout login logged out search manual menu menus event events filing filings file filed filer
filers efile electronic electronically document documents doc docs view entry entries entered enter date dates
time text assigned referred reassigned chapter voluntary involuntary asset assets debtor debtors joint creditor
creditors trustee trustees attorney attorneys represented representing party parties role plaintiff plaintiffs
defendant defendants petitioner petitioners respondent respondents appellant appellee intervenor interested
movant claimant claims claim adversary proceeding proceedings civil criminal lead associated alias summary status
related transaction transactions deadline deadlines hearing hearings history location mobile title closed open
opened terminated pending jury demand nature suit cause jurisdiction federal question diversity government motion
motions order orders ordered notice notices held scheduled granted denied petition plan confirmation confirmed
discharge discharged dismissed dismissal receipt fee fees paid amount service services center billable pages
cost description criteria client code account accounts name names user username password unauthorized restricted
select selected matching persons person email phone fax address total tax id ein ssn itin generated bnc noticing
certificate mailing meeting schedule schedules statement financial affairs summons complaint answer exhibit
exhibits attachment attachments main re bk ap cv cr mc md mj show proceed submit clear reset cancel continue next
previous first last new edit update delete close yes none unknown type types all courts select one find results
result list links link linked linking upgraded upgrade upgrading individual shared firm access official business
prohibited prosecution code activities attempts logged instructions instruction lost forgotten register
registration registered online trouble viewing filed customers prompts attempting certain permission exist
exists message messages error errors warning note notes information info contact home public records record
records national version release items item welcome successfully success permanently credentials old e file
http https www com gov org net uscourts pdf docket text no nos number et al v vs inc llc llp pc pa corp co
ltd dba aka fka individually capacity official jr sr ii iii iv esq filed entered terminated dismissed
def pla dft pty cr aty cons misc volp exh att mot ord ntc doc cert cm am pm est edt cst cdt pst pdt mst
january february march july september october november december jan feb mar apr jun jul
manage skip content website site current settings maintenance payment payments usage change security questions
existing use locator advanced saved batch following transmitted original filename stamp
aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
like go want system release items required forgot sign agreement responsibility comply rules redaction read
understand must permanently utility links submitted request reviewed existing already using e-filing options
option top create choose chosen checked check box agree agreed accept understood notice
invalid disabled locked unlock multifactor multi factor authentication authenticate authenticator mfa enroll enrol
enrollment enrolment enrolled passcode pass verification verify app apps backup codes expired expire expires
requirements requirement characters character least timeout uppercase lowercase special letter letters digit
digits days every times remaining more skip skipped later now again setup set required
`;

export const VOCABULARY: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
