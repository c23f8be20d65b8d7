extension Gazetteer {
    /// Titles and roles before a name ("Prime Minister", "Dr"); each word of a multi-word title is listed.
    static let titleList = """
        doctor senior executive assistant associate managing pm mr mrs ms miss mx dr prof professor sir dame lord
        lady madam president vice prime minister ministers senator sen rep representative congressman congresswoman
        governor gov mayor judge justice chief king queen prince princess duke duchess earl baron count countess
        pope rev reverend father fr bishop archbishop cardinal rabbi imam sheikh ayatollah general gen lt lieutenant
        colonel col major maj captain capt sergeant sgt corporal cpl private admiral adm commander cmdr marshal
        chancellor secretary ambassador director chairman chairwoman chairperson coach detective det inspector
        officer constable agent deputy acting former foreign finance defence defense interior health education
        attorney dean sister brother aunt uncle auntie grandpa grandma mme mlle herr frau emperor empress sultan
        emir crown premier speaker treasurer commissioner superintendent ceo founder leader spokesman spokeswoman
        spokesperson president-elect senator-elect
        """

    /// Common given names from many languages; words that are mostly common nouns ("Will", "Hope") are left out.
    static let givenNameList = """
        james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony
        mark donald steven steve paul andrew andy joshua kenneth ken kevin brian george timothy tim ronald edward ed
        jason jeffrey jeff ryan jacob gary nicholas nick eric jonathan jon stephen larry justin scott brandon
        benjamin ben samuel sam gregory greg alexander alex frank patrick raymond jack dennis jerry tyler aaron jose
        adam nathan henry douglas doug zachary peter kyle ethan walter noah jeremy keith roger terry gerald harold
        sean austin carl arthur lawrence dylan jesse bryan billy bill bob bobby joe bruce gabriel logan albert
        willie alan juan wayne elijah randy roy vincent ralph eugene russell mason philip phil louis tom tommy mike
        dave jim jimmy tony danny chris matt josh luke liam oliver harry charlie jake max leo oscar owen lucas hugo
        felix isaac caleb evan ian colin neil stuart graham gordon hugh fred freddie ted teddy ray rick ricky rob
        robbie ron stan victor martin howard marcus curtis derek craig todd troy shane brett chad dustin travis cody
        ross dean simon mary patricia jennifer jen linda elizabeth liz barbara susan sue jessica sarah karen lisa
        nancy betty margaret sandra ashley kimberly kim emily donna michelle carol amanda dorothy melissa deborah
        debbie stephanie rebecca becky sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma
        nicole helen samantha katherine kate kathy christine debra rachel carolyn janet catherine maria heather
        diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea
        cheryl hannah jacqueline martha gloria teresa ann anne sara madison frances kathryn janice jean abigail
        alice judy sophia sophie denise marilyn danielle beverly isabella theresa diana natalie brittany charlotte
        marie kayla alexis lori jane jenny jill julia lucy ella chloe grace amelia mia ava zoe lily ellie holly
        molly annie ruby susie tina wendy vicky claire clare fiona gemma jo nina rosa vera irene eleanor louise
        paula rita sally tracy valerie yvonne mohammed muhammad mohammad mohamed ahmed ahmad ali hassan hussein omar
        abdul abdullah ibrahim mustafa khalid yusuf youssef fatima aisha ayesha vladimir dmitry sergei sergey igor
        boris ivan alexei mikhail nikolai olga natalia tatiana svetlana hiroshi yuki kenji akira takeshi raj rahul
        amit priya sanjay narendra vijay anil sunil ravi arjun deepak emmanuel francois françois pierre jacques
        jean-pierre jean-claude luis carlos miguel pedro jorge diego javier antonio fernando manuel alejandro pablo
        giuseppe giovanni marco luca matteo francesco hans klaus wolfgang jürgen helmut dieter lars erik sven anders
        olaf magnus nils barack hillary bernie nelson kofi desmond xi jinping shinzo recep jacinda
        """
}
