// Hand-written CV sentences for every keyword term of the specialised back-office profiles (bank, accounting,
// HR, logistics, customer service): group → concept → language → term → a sentence that uses it.
// test/unit/profile-data.test.ts checks each one as it checks the back-office terms.

export const FAMILY_KEYWORD_EXAMPLES: Record<string, Record<string, { it?: Record<string, string>; en?: Record<string, string> }>> = {
  'banking': {
    'current-accounts': {
      it: {
        'conti correnti': 'Gestione dei conti correnti della clientela privata.',
        'apertura conti': 'Apertura conti e aggiornamento delle anagrafiche.',
        'movimenti bancari': 'Controllo quotidiano dei movimenti bancari.',
      },
      en: {
        'current accounts': 'Maintained current accounts for retail customers.',
        'account opening': 'Account opening checks for new corporate clients.',
        'bank accounts': 'Updated bank accounts after customer requests.',
      },
    },
    'transfers': {
      it: {
        'bonifici': 'Lavorazione di bonifici in entrata e in uscita.',
        'SEPA': 'Gestione degli incassi SEPA delle filiali.',
        'SWIFT': 'Invio e verifica dei messaggi SWIFT.',
        'addebiti diretti': 'Caricamento degli addebiti diretti dei clienti.',
      },
      en: {
        'wire transfers': 'Processed wire transfers for private clients.',
        'SEPA': 'Handled SEPA payments for the branch network.',
        'SWIFT': 'Checked outgoing SWIFT messages.',
        'direct debits': 'Set up direct debits for new accounts.',
      },
    },
    'anti-money-laundering': {
      it: {
        'antiriciclaggio': 'Controlli antiriciclaggio sulle operazioni in contanti.',
        'AML': 'Supporto all’ufficio AML nelle verifiche periodiche.',
        'operazioni sospette': 'Istruttoria delle operazioni sospette per la segnalazione.',
      },
      en: {
        'anti-money laundering': 'Carried out anti-money laundering checks on cash deposits.',
        'AML': 'Supported the AML team with periodic reviews.',
        'suspicious activity reports': 'Prepared suspicious activity reports for the compliance officer.',
      },
    },
    'kyc': {
      it: {
        'KYC': 'Raccolta della documentazione KYC dei nuovi clienti.',
        'adeguata verifica': 'Adeguata verifica dei titolari effettivi.',
      },
      en: {
        'KYC': 'Completed KYC files for new customers.',
        'know your customer': 'Applied know your customer procedures at onboarding.',
        'customer due diligence': 'Performed customer due diligence on corporate accounts.',
      },
    },
    'securities': {
      it: {
        'amministrazione titoli': 'Amministrazione titoli e custodia dei dossier.',
        'regolamento titoli': 'Controllo del regolamento titoli con le controparti.',
        'strumenti finanziari': 'Registrazione degli ordini su strumenti finanziari.',
      },
      en: {
        'securities settlement': 'Managed securities settlement with custodians.',
        'securities operations': 'Two years in securities operations.',
        'financial instruments': 'Booked trades in financial instruments.',
      },
    },
    'regulatory-reporting': {
      it: {
        'segnalazioni di vigilanza': 'Predisposizione delle segnalazioni di vigilanza trimestrali.',
        'Centrale Rischi': 'Verifica dei dati inviati alla Centrale Rischi.',
      },
      en: {
        'regulatory reporting': 'Supported quarterly regulatory reporting.',
        'supervisory reporting': 'Collected data for supervisory reporting to the central bank.',
      },
    },
    'loans': {
      it: {
        'pratiche di fido': 'Istruttoria delle pratiche di fido delle piccole imprese.',
        'mutui': 'Caricamento e controllo dei mutui ipotecari.',
      },
      en: {
        'loan processing': 'Loan processing for small businesses.',
        'mortgages': 'Prepared documents for residential mortgages.',
      },
    },
    'operational-risk': {
      it: {
        'rischio operativo': 'Segnalazione degli eventi di rischio operativo.',
        'controlli di primo livello': 'Esecuzione dei controlli di primo livello sulle operazioni.',
      },
      en: {
        'operational risk': 'Logged operational risk events and breaks.',
        'first-level controls': 'Performed first-level controls on daily transactions.',
      },
    },
  },
  'accounting': {
    'bookkeeping': {
      it: {
        'prima nota': 'Tenuta della prima nota cassa e banca.',
        'scritture contabili': 'Registrazione delle scritture contabili di fine mese.',
        'partita doppia': 'Buona conoscenza della partita doppia.',
      },
      en: {
        'bookkeeping': 'Bookkeeping for three small companies.',
        'journal entries': 'Posted journal entries in the general ledger.',
      },
    },
    'receivables-payables': {
      it: {
        'ciclo attivo': 'Gestione del ciclo attivo e dei solleciti.',
        'ciclo passivo': 'Controllo del ciclo passivo dei fornitori esteri.',
        'contabilità clienti': 'Aggiornamento della contabilità clienti.',
        'contabilità fornitori': 'Contabilità fornitori e scadenziario dei pagamenti.',
      },
      en: {
        'accounts receivable': 'Managed accounts receivable for 200 customers.',
        'accounts payable': 'Processed accounts payable weekly.',
        'credit control': 'Credit control and payment reminders.',
      },
    },
    'reconciliations': {
      it: {
        'riconciliazioni bancarie': 'Riconciliazioni bancarie mensili.',
        'quadrature contabili': 'Quadrature contabili tra gestionale e banca.',
      },
      en: {
        'bank reconciliations': 'Prepared monthly bank reconciliations.',
        'account reconciliations': 'Performed account reconciliations for the subsidiaries.',
      },
    },
    'vat': {
      it: {
        'liquidazione IVA': 'Calcolo della liquidazione IVA mensile.',
        'registri IVA': 'Tenuta dei registri IVA acquisti e vendite.',
        'dichiarazione IVA': 'Supporto nella dichiarazione IVA annuale.',
      },
      en: {
        'VAT returns': 'Prepared quarterly VAT returns.',
        'VAT reconciliation': 'VAT reconciliation before each filing.',
      },
    },
    'tax-payments': {
      it: {
        'F24': 'Compilazione e invio dei modelli F24.',
        'versamenti fiscali': 'Scadenziario dei versamenti fiscali.',
      },
      en: {
        'tax payments': 'Scheduled tax payments and kept the tax calendar.',
        'withholding tax': 'Calculated withholding tax on consultants’ invoices.',
      },
    },
    'closing': {
      it: {
        'chiusure contabili': 'Supporto alle chiusure contabili mensili.',
        'bilancio di esercizio': 'Raccolta dei dati per il bilancio di esercizio.',
        'ratei e risconti': 'Calcolo di ratei e risconti.',
      },
      en: {
        'month-end close': 'Supported the month-end close.',
        'financial statements': 'Helped prepare the annual financial statements.',
        'accruals': 'Booked accruals and prepayments.',
      },
    },
    'general-ledger': {
      it: {
        'contabilità generale': 'Gestione della contabilità generale.',
        'piano dei conti': 'Revisione del piano dei conti aziendale.',
        'cespiti': 'Tenuta del registro dei cespiti.',
      },
      en: {
        'general ledger': 'Maintained the general ledger.',
        'chart of accounts': 'Updated the chart of accounts.',
        'fixed assets': 'Kept the fixed assets register.',
      },
    },
  },
  'personnel-administration': {
    'payroll': {
      it: {
        'paghe e contributi': 'Ufficio paghe e contributi di uno studio di consulenza.',
        'cedolini': 'Controllo dei cedolini mensili di 120 dipendenti.',
        'buste paga': 'Preparazione delle buste paga.',
      },
      en: {
        'payroll': 'Ran the monthly payroll for 120 staff.',
        'payslips': 'Checked payslips before release.',
        'salary administration': 'Salary administration for the sales team.',
      },
    },
    'attendance': {
      it: {
        'rilevazione presenze': 'Rilevazione presenze con badge.',
        'ferie e permessi': 'Gestione di ferie e permessi del personale.',
      },
      en: {
        'attendance tracking': 'Attendance tracking with the badge system.',
        'timesheets': 'Collected and checked weekly timesheets.',
        'leave management': 'Leave management for 80 employees.',
      },
    },
    'collective-agreements': {
      it: {
        'applicazione del CCNL': 'Applicazione del CCNL Commercio nei conteggi.',
        'contratti collettivi': 'Conoscenza dei principali contratti collettivi.',
      },
      en: {
        'collective agreements': 'Applied the collective agreements of two sectors.',
        'employment law': 'Good knowledge of employment law.',
      },
    },
    'hiring-paperwork': {
      it: {
        'contratti di assunzione': 'Redazione dei contratti di assunzione.',
        'comunicazioni obbligatorie': 'Invio delle comunicazioni obbligatorie al Centro per l’impiego.',
      },
      en: {
        'employment contracts': 'Drafted employment contracts for new hires.',
        'new starter paperwork': 'Handled new starter paperwork.',
      },
    },
    'contributions': {
      it: {
        'contributi previdenziali': 'Calcolo dei contributi previdenziali.',
        'Uniemens': 'Invio mensile delle denunce Uniemens.',
      },
      en: {
        'social security contributions': 'Calculated social security contributions.',
        'pension contributions': 'Reconciled pension contributions every month.',
      },
    },
    'personnel-files': {
      it: {
        'fascicoli del personale': 'Archiviazione dei fascicoli del personale.',
        'anagrafiche dipendenti': 'Aggiornamento delle anagrafiche dipendenti.',
      },
      en: {
        'personnel files': 'Kept personnel files up to date.',
        'employee records': 'Maintained employee records in the HR system.',
      },
    },
    'hr-software': {
      it: {
        'software paghe': 'Uso quotidiano di software paghe.',
        'Inaz': 'Elaborazione con Inaz Paghe.',
      },
      en: {
        'payroll software': 'Used payroll software daily.',
        'HRIS': 'Data entry in the HRIS.',
        'Workday': 'Updated employee data in Workday.',
      },
    },
  },
  'logistics-operations': {
    'orders': {
      it: {
        'gestione ordini': 'Gestione ordini dei clienti della grande distribuzione.',
        'evasione ordini': 'Evasione ordini entro 24 ore.',
        'inserimento ordini': 'Inserimento ordini nel gestionale.',
      },
      en: {
        'order processing': 'Order processing for European customers.',
        'order fulfilment': 'Coordinated order fulfilment with the warehouse.',
      },
    },
    'transport-documents': {
      it: {
        'DDT': 'Emissione dei DDT per le consegne.',
        'documenti di trasporto': 'Controllo dei documenti di trasporto in arrivo.',
        'lettere di vettura': 'Compilazione delle lettere di vettura.',
      },
      en: {
        'delivery notes': 'Issued delivery notes for every shipment.',
        'bills of lading': 'Checked bills of lading against orders.',
        'CMR': 'Prepared CMR documents for road transport.',
      },
    },
    'warehouse': {
      it: {
        'gestione magazzino': 'Gestione magazzino con lettore di codici a barre.',
        'movimentazione merci': 'Registrazione della movimentazione merci.',
        'WMS': 'Uso del WMS aziendale.',
      },
      en: {
        'warehouse management': 'Warehouse management for two sites.',
        'goods receipt': 'Goods receipt and quality checks.',
        'WMS': 'Daily use of the WMS.',
      },
    },
    'inventory': {
      it: {
        'inventario': 'Inventario annuale di fine anno.',
        'giacenze': 'Controllo delle giacenze settimanale.',
        'gestione delle scorte': 'Gestione delle scorte minime.',
      },
      en: {
        'inventory': 'Monthly inventory counts.',
        'stock control': 'Stock control for spare parts.',
        'stock levels': 'Monitored stock levels and reorder points.',
      },
    },
    'suppliers': {
      it: {
        'gestione fornitori': 'Gestione fornitori e solleciti di consegna.',
        'ordini ai fornitori': 'Emissione degli ordini ai fornitori.',
      },
      en: {
        'supplier management': 'Supplier management for packaging materials.',
        'purchase orders': 'Raised purchase orders in SAP.',
      },
    },
    'shipping': {
      it: {
        'spedizioni': 'Organizzazione delle spedizioni nazionali.',
        'rapporti con i corrieri': 'Rapporti con i corrieri e prenotazione dei ritiri.',
      },
      en: {
        'shipping': 'Arranged shipping to 15 countries.',
        'freight forwarders': 'Liaised with freight forwarders.',
        'transport planning': 'Transport planning for daily deliveries.',
      },
    },
    'customs': {
      it: {
        'pratiche doganali': 'Preparazione delle pratiche doganali per l’export.',
        'Incoterms': 'Conoscenza degli Incoterms.',
      },
      en: {
        'customs clearance': 'Coordinated customs clearance with brokers.',
        'Incoterms': 'Working knowledge of Incoterms.',
      },
    },
  },
  'customer-service': {
    'customer-cases': {
      it: {
        'pratiche clienti': 'Lavorazione delle pratiche clienti in back office.',
        'richieste di assistenza': 'Smistamento delle richieste di assistenza.',
      },
      en: {
        'case management': 'Case management for insurance customers.',
        'service requests': 'Handled service requests from business customers.',
      },
    },
    'complaints': {
      it: {
        'gestione reclami': 'Gestione reclami scritti e telefonici.',
        'rimborsi': 'Istruttoria dei rimborsi ai clienti.',
      },
      en: {
        'complaint handling': 'Complaint handling within the regulatory deadlines.',
        'refunds': 'Processed refunds and credit notes.',
      },
    },
    'crm': {
      it: {
        'CRM': 'Aggiornamento delle schede cliente nel CRM.',
        'Salesforce': 'Uso quotidiano di Salesforce.',
        'Zendesk': 'Risposta alle richieste su Zendesk.',
      },
      en: {
        'CRM': 'Logged every contact in the CRM.',
        'Salesforce': 'Daily use of Salesforce.',
        'Zendesk': 'Answered requests in Zendesk.',
        'customer relationship management': 'Trained in customer relationship management.',
      },
    },
    'ticketing': {
      it: {
        'ticketing': 'Gestione del sistema di ticketing.',
        'help desk': 'Operatrice di help desk per i rivenditori.',
        'Freshdesk': 'Chiusura delle richieste su Freshdesk.',
      },
      en: {
        'ticketing': 'Managed the ticketing queue.',
        'help desk': 'Help desk for 300 resellers.',
        'Freshdesk': 'Closed requests in Freshdesk.',
      },
    },
    'service-levels': {
      it: {
        'SLA': 'Rispetto degli SLA contrattuali.',
        'livelli di servizio': 'Monitoraggio dei livelli di servizio.',
        'tempi di risposta': 'Riduzione dei tempi di risposta del 20%.',
      },
      en: {
        'SLA': 'Met the SLA on 98% of requests.',
        'service level agreements': 'Reported on service level agreements.',
        'response times': 'Cut response times by 20%.',
      },
    },
    'channels': {
      it: {
        'assistenza telefonica': 'Assistenza telefonica ai clienti privati.',
        'call center': 'Due anni in un call center.',
        'live chat': 'Supporto via live chat.',
      },
      en: {
        'phone support': 'Phone support for private customers.',
        'call centre': 'Two years in a call centre.',
        'live chat': 'Answered customers on live chat.',
      },
    },
    'escalation': {
      it: {
        'escalation': 'Escalation dei casi complessi.',
        'secondo livello': 'Supporto di secondo livello ai colleghi.',
      },
      en: {
        'escalation': 'Escalation of complex cases to the right team.',
        'second-level support': 'Provided second-level support.',
      },
    },
    'customer-satisfaction': {
      it: {
        'soddisfazione del cliente': 'Indagini sulla soddisfazione del cliente.',
        'fidelizzazione': 'Attività di fidelizzazione della clientela.',
      },
      en: {
        'customer satisfaction': 'Raised customer satisfaction scores.',
        'customer retention': 'Worked on customer retention campaigns.',
        'NPS': 'Tracked NPS every month.',
      },
    },
  },
};
