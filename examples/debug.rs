fn main() {
    let text = std::env::args().nth(1).unwrap();
    let doc = whosaid::attribute::Doc::new(&text);
    for (i, t) in doc.toks.iter().enumerate() {
        println!(
            "{i} {:?} {:?} q={} cap={} info={:?}",
            t.text(&text),
            t.kind,
            t.quoted,
            t.cap,
            t.info
                .map(|x| (x.verb.map(|v| v.lemma), x.pronoun.is_some(), x.stop, x.adjunct))
        );
    }
    println!("sents {:?} chrome {:?}", doc.sents, doc.para_chrome);
    for a in whosaid::pipeline::extract(&text) {
        println!("{:?}", a);
    }
}
