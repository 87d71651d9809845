// Names of software, tools and technologies, shared by every profile: content evidence that a block
// lists technical skills ("Skills: Excel, SAP, Python" under a generic title). Data, not code.
// Written as people write them; matched as whole words. Names that are also common words
// ("Word", "Access", "Rails", "Office", "Spring") match only with their capital letter; one-letter names (R, C)
// are left out: they are initials in citations far more often than languages.

/** Matched case-insensitively. */
export const TECHNOLOGY_NAMES: readonly string[] = [
  // Office and business software
  'excel', 'powerpoint', 'outlook', 'ms office', 'microsoft office', 'pacchetto office', 'office 365', 'microsoft 365',
  'libreoffice', 'openoffice', 'google workspace', 'g suite', 'google sheets', 'google docs', 'fogli google', 'onedrive', 'sharepoint',
  'sap', 'zucchetti', 'teamsystem', 'danea', 'mexal', 'as400', 'as/400', 'navision', 'dynamics 365', 'salesforce', 'hubspot', 'quickbooks',
  'xero', 'erp', 'crm', 'gestionale', 'gestionali', 'software gestionale', 'database', 'databases', 'data base', 'spreadsheet', 'spreadsheets',
  'fogli di calcolo', 'foglio di calcolo', 'videoscrittura', 'word processing', 'ecdl', 'icdl', 'photoshop', 'illustrator', 'indesign',
  'autocad', 'solidworks', 'spss', 'stata', 'matlab', 'tableau', 'power bi', 'powerbi', 'qlik', 'jira', 'confluence', 'trello',
  'asana', 'zendesk', 'servicenow', 'figma', 'canva', 'wordpress', 'shopify', 'magento', 'prestashop', 'mailchimp',
  'google analytics', 'sistemi operativi', 'operating systems',
  // Programming, data and infrastructure
  'python', 'java', 'javascript', 'typescript', 'c++', 'c#', 'php', 'kotlin', 'scala', 'perl', 'haskell', 'lua',
  'golang', 'elixir', 'erlang', 'clojure', 'fortran', 'cobol', 'vba', 'visual basic', 'bash', 'powershell', 'shell scripting',
  'sql', 'mysql', 'postgresql', 'postgres', 'sqlite', 'mariadb', 'mongodb', 'redis', 'elasticsearch', 'cassandra', 'neo4j', 'oracle db',
  'html', 'html5', 'css', 'css3', 'scss', 'xml', 'json', 'yaml', 'markdown', 'latex', 'react', 'react native', 'angular', 'angularjs', 'vue', 'vue.js',
  'svelte', 'next.js', 'nuxt', 'node.js', 'nodejs', 'django', 'flask', 'fastapi', 'laravel', 'symfony', 'ruby on rails',
  '.net', 'asp.net', 'jquery', 'bootstrap', 'tailwind', 'webpack', 'graphql', 'restful', 'api rest', 'soap', 'git', 'github', 'gitlab',
  'bitbucket', 'svn', 'docker', 'kubernetes', 'k8s', 'terraform', 'ansible', 'jenkins', 'circleci', 'ci/cd',
  'aws', 'amazon web services', 'azure', 'gcp', 'google cloud', 'heroku', 'linux', 'ubuntu', 'debian', 'centos', 'red hat', 'windows',
  'windows server', 'macos', 'mac os', 'unix', 'ios', 'vmware', 'virtualbox', 'hyper-v', 'active directory', 'cisco', 'tcp/ip',
  'nginx', 'tomcat', 'kafka', 'rabbitmq', 'hadoop', 'airflow', 'pandas', 'numpy', 'scipy', 'scikit-learn', 'tensorflow',
  'pytorch', 'keras', 'jupyter', 'opencv', 'blender', 'arduino', 'raspberry pi', 'selenium', 'cypress', 'junit',
  'pytest', 'maven', 'gradle', 'npm', 'emacs', 'vs code', 'visual studio', 'eclipse', 'intellij', 'xcode', 'postman',
  'wireshark', 'nmap', 'metasploit', 'splunk', 'grafana', 'prometheus', 'nagios', 'zabbix', 'matplotlib', 'ggplot', 'tidyverse', 'qgis', 'arcgis',
];

/** Matched only when written with their capital letter ("Word", not "word"). */
export const CAPITALISED_TECHNOLOGY_NAMES: readonly string[] = [
  'Word', 'Access', 'Office', 'Golang', 'Rails', 'Spring', 'Swing', 'Pages', 'Numbers', 'Keynote', 'Sheets', 'Docs', 'Drive', 'Gmail',
  'Zoom', 'Skype', 'Hugo', 'Jekyll', 'Ember', 'Backbone', 'Julia', 'Pascal', 'Delphi', 'Assembly', 'Prolog', 'Lisp', 'Scheme', 'Groovy',
  'Swift', 'Rust', 'Dart', 'Ruby', 'Less', 'Rest', 'Node', 'Express', 'Chef', 'Puppet', 'Spark', 'Teams', 'Sage', 'Apache', 'Oracle', 'Unity', 'Unreal', 'Helm', 'Travis', 'Mocha', 'Jest', 'Vite', 'Notion', 'Slack', 'Looker', 'Yarn', 'Vim', 'Dns', 'Sass', 'Android',
  // An Italian past participle ("sono stata") as much as the statistics package.
  'Stata',
];
